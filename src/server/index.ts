export { startServer, type RunningServer, type StartServerOptions } from './start-server';
export { createPipelineIngest } from './pipeline-ingest';
