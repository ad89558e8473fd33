import { describe, expect, it } from 'vitest';
import { requestPath } from '../../electron/http/http-server.js';

describe('requestPath (browser mode)', () => {
  it('reads origin-relative paths and refuses what would crash or escape URL parsing', () => {
    expect(requestPath('/api/system.info')).toBe('/api/system.info');
    expect(requestPath('/assets/a.js?v=1#x')).toBe('/assets/a.js');
    expect(requestPath(undefined)).toBe('/');
    // "//" once took the whole server down: `new URL('//', base)` throws.
    expect(requestPath('//')).toBeNull();
    expect(requestPath('//evil.example/x')).toBeNull();
    expect(requestPath('http://127.0.0.1/x')).toBeNull();
    expect(requestPath('*')).toBeNull();
  });
});
