/**
 * Parses a newline-delimited JSON stream (`application/x-ndjson`) line by
 * line as chunks arrive, so progress shows while a job still runs.
 */
export async function* ndjsonValues(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      // NOTE: `stream: true` keeps a multi-byte character split across chunks (ñ, —) intact.
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (line !== '') yield JSON.parse(line) as unknown;
        newline = buffer.indexOf('\n');
      }
      if (done) {
        if (buffer.trim() !== '') yield JSON.parse(buffer) as unknown;
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}
