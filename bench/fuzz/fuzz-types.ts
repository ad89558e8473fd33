/** The file formats the fuzzer feeds to Cafetal, each through the procedures that read it. */
export const fuzzFormats = ['geojson', 'kml', 'kmz', 'gpx', 'shapefile', 'csv', 'gpkg', 'geotiff', 'package'] as const;
export type FuzzFormat = (typeof fuzzFormats)[number];

export function isFuzzFormat(name: string): name is FuzzFormat {
  return (fuzzFormats as readonly string[]).includes(name);
}

/** One input: a file as a user would pick it, and how it was made (enough to make it again). */
export interface FuzzCase {
  /** e.g. `kml#17 mutated kml/bad.kml: flip@120, truncate@800` */
  label: string;
  fileName: string;
  bytes: Uint8Array;
}

/** What happened to one input. `failure` set means the property did not hold. */
export interface CaseOutcome {
  verdict: 'accepted' | 'refused';
  /** `FILE_UNREADABLE/BAD_JSON`, `VALIDATION/NEEDS_CRS`…: how refusals are spread, for the report. */
  refusal?: string;
  failure?: string;
  /** The slowest procedure call of this input (the 5 s limit applies to each call). */
  slowestCall?: { name: string; ms: number };
}

export interface FuzzFailure {
  input: string;
  reason: string;
}

export interface FormatResult {
  format: string;
  tried: number;
  accepted: number;
  refused: number;
  failures: FuzzFailure[];
  /** The slowest single procedure call (the 5 s limit is per call). */
  slowestMs: number;
  /** Wall time for the whole format. */
  totalMs: number;
  /** Refusals by `code/reason`, most frequent first: shows which paths the inputs reached. */
  refusals: Record<string, number>;
}

export interface FuzzProgress {
  format: string;
  tried: number;
  total: number;
  failures: number;
}

/** Messages from the fuzzing worker to the watchdog. */
export type WorkerMessage =
  | { type: 'start'; format: FuzzFormat; index: number; label: string }
  | { type: 'end'; format: FuzzFormat; index: number; label: string; ms: number; outcome: CaseOutcome }
  | { type: 'ready' }
  | { type: 'done' };

export interface WorkerJob {
  format: FuzzFormat;
  seed: number;
  /** Inputs `from` … `to - 1` of this format's sequence. */
  from: number;
  to: number;
  /** Real files larger than this are not mutated (a 230 kB shapefile takes 2–3 s to import whole). */
  maxSeedBytes?: number;
  /** Test hook: each input first holds its thread this long, as a synchronous hang would. */
  stallMs?: number;
}

/** Longest one procedure call may take (issue 10: "no hang over 5 s"); an input makes two to four calls. */
export const CASE_LIMIT_MS = 5_000;
