import { ApiError } from '../../../shared/api/errors.js';
import type { BasemapRefusal } from '../../../shared/domain/basemap.js';

/** The one way a basemap file is refused: `ApiError('FILE_UNREADABLE')` with a reason the UI translates (`basemapErrors.<reason>`). */
export function refuse(reason: BasemapRefusal, message: string, details: Record<string, unknown> = {}): ApiError {
  return new ApiError('FILE_UNREADABLE', message, { reason, ...details });
}

/** A short, printable description of something thrown, for error messages. */
export const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
