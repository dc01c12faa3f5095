/** What `BackgroundCheckpointer` starts its worker with. */
export interface CheckpointWorkerData {
  file: string;
  busyTimeoutMs: number;
}

/** The worker's answer to one request: WAL frames in the log and copied, or why it could not. */
export type CheckpointReply = { log: number; checkpointed: number; error?: undefined } | { error: string };
