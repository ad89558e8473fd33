#!/usr/bin/env node
// The `cafetal` command: runs the TypeScript CLI through tsx's loader, so the
// installed bin and `npm run cli` execute the very same source.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
