import * as migration_20261125_172150_initial from './20261125_172150_initial';

export const migrations = [
  {
    up: migration_20261125_172150_initial.up,
    down: migration_20261125_172150_initial.down,
    name: '20261125_172150_initial'
  },
];
