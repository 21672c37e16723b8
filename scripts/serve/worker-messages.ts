// What serve and its build worker say to each other over Node's IPC channel, one message each way
// per build: serve asks for a build; the worker answers with the build's exit code and error lines,
// or says that the code it has loaded is no longer the code on disk (then it exits, unbuilt).

export interface BuildRequest {
  kind: 'build';
}

export type BuildReply =
  | { kind: 'built'; exitCode: number; errors: string[] }
  // scripts/ (or the installed packages) changed since the worker loaded them: serve starts a new one.
  | { kind: 'stale' };
