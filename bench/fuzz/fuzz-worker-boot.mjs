// Loads the TypeScript fuzzing process through tsx (a fork inherits neither vitest's nor tsx's module hooks).
import { register } from 'tsx/esm/api';

register();
await import('./fuzz-worker.ts');
