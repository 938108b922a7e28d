export { issueToDocx } from './issueToDocx'
