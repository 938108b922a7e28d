import { readdirSync, readFileSync, readlinkSync } from 'node:fs'

/** Resident memory of a process in MB, from /proc/<pid>/status. */
export function residentMB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (!match) throw new Error(`No VmRSS for process ${pid}`)
  return Number(match[1]) / 1024
}

/** How many files of a process are open on a path containing `fragment` (database, WAL, journal). */
export function openFilesMatching(pid: number, fragment: string): number {
  return readdirSync(`/proc/${pid}/fd`).filter((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`).includes(fragment)
    } catch {
      return false // closed between listing and reading
    }
  }).length
}

/** CPU time a process has used, user and system, in ms (/proc/<pid>/stat counts 100 ticks a second). */
export function cpuTimeMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}
