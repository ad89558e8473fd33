// zod 4 probes `new Function('')` to compile fast parsers, the first time a
// schema is built. The app's CSP forbids eval, so the probe only fails and
// files a CSP violation report. zod reads this global before it builds any
// schema; a classic script runs before the app's module scripts.
globalThis.__zod_globalConfig = { jitless: true };
