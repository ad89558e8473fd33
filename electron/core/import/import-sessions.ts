import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors.js';
import type { SourceData } from './source-types.js';

export interface ImportSession {
  id: string;
  fileName: string;
  source: SourceData;
}

/**
 * Files opened in the import wizard, parsed once and kept in memory between
 * the wizard's steps (preview, mapping, review, import). Only the last few are
 * kept: a wizard left open does not hold memory forever.
 */
export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();

  constructor(private readonly keep = 4) {}

  open(fileName: string, source: SourceData): ImportSession {
    const session = { id: randomUUID(), fileName, source };
    this.sessions.set(session.id, session);
    for (const id of [...this.sessions.keys()].slice(0, Math.max(0, this.sessions.size - this.keep)))
      this.sessions.delete(id);
    return session;
  }

  get(id: string): ImportSession {
    const session = this.sessions.get(id);
    if (!session)
      throw new ApiError('NOT_FOUND', 'This import is no longer open; choose the file again.', {
        entity: 'import',
        id,
      });
    return session;
  }

  close(id: string): boolean {
    return this.sessions.delete(id);
  }

  /** Forgets every open import (the database they were meant for was swapped). */
  clear(): void {
    this.sessions.clear();
  }
}
