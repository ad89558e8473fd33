import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ApiResult } from '../../../shared/api/errors.js';
import { createCore } from '../../../electron/core/create-core.js';
import type { Core } from '../../../electron/core/create-core.js';
import { must, squarePlot } from '../seed-workspace.js';

/**
 * The laptop under attack: a real core on a real SQLite file with one
 * organisation, one producer and one plot. Inputs accumulate what they are
 * allowed to write, so the world is made again now and then to keep each
 * before/after hash cheap.
 */
export class FuzzWorld {
  private constructor(
    readonly core: Core,
    readonly dir: string,
    readonly organisationId: string,
    readonly producerId: string,
  ) {}

  /** Accepted inputs since this world was made. */
  accepted = 0;

  /** The slowest procedure call since `startClock()`: issue 10's 5 s limit is per call. */
  slowestCall: { name: string; ms: number } = { name: '', ms: 0 };

  startClock(): void {
    this.slowestCall = { name: '', ms: 0 };
  }

  /** `core.call`, timed. */
  async call(name: string, input: unknown): Promise<ApiResult<unknown>> {
    const started = performance.now();
    try {
      return await this.core.call(name, input);
    } finally {
      const ms = performance.now() - started;
      if (ms > this.slowestCall.ms) this.slowestCall = { name, ms };
    }
  }

  static async create(): Promise<FuzzWorld> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-fuzz-world-'));
    const core = await createCore({ dbPath: path.join(dir, 'cafetal.sqlite'), dataDir: dir });
    const organisation = await must<{ id: string }>(core, 'organisations.create', {
      name: 'Cooperativa Receptora',
      type: 'cooperativa',
    });
    const producer = await must<{ id: string }>(core, 'producers.create', {
      organisationId: organisation.id,
      memberCode: 'R-001',
      names: 'Productora de Prueba',
    });
    await must(core, 'plots.create', {
      producerId: producer.id,
      name: 'Parcela existente',
      geometry: squarePlot(-78.99, -5.15),
    });
    return new FuzzWorld(core, dir, organisation.id, producer.id);
  }

  get db(): Database.Database {
    return this.core.context.db;
  }

  get layersDir(): string {
    return path.join(this.core.context.dataDir, 'layers');
  }

  close(): void {
    this.core.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
