/**
 * The worker loop's sleep, cut short by `wake()` (a NOTIFY, a finished task). A wake that arrives while the loop is
 * busy claiming is kept for the next sleep, so no NOTIFY is lost to that race.
 */
export class WakeSignal {
  private pending = false;
  private resolve: (() => void) | null = null;

  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.resolve = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.resolve = done;
    });
  }

  wake() {
    if (this.resolve) this.resolve();
    else this.pending = true;
  }
}
