/** Running jobs by the callId their caller chose, so `jobs.cancel` can reach them. */
export class JobRegistry {
  private readonly running = new Map<string, AbortController>();

  start(callId: string): AbortController {
    const controller = new AbortController();
    this.running.set(callId, controller);
    return controller;
  }

  finish(callId: string): void {
    this.running.delete(callId);
  }

  cancel(callId: string): boolean {
    const controller = this.running.get(callId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  get size(): number {
    return this.running.size;
  }
}
