// Worker entry of the query worker engine: registers the TypeScript loader in this thread, then loads the thread code.
import { register } from 'tsx/esm/api';

// Loader hooks are per thread: a worker does not inherit the ones its parent registered at run time.
register();
await import('./query-worker-thread.ts');
