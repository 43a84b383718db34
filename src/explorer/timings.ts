// What the app measures of its own start-up (read by tests and benchmarks through the test hook).
export interface Timings {
  /**
   * ms from navigation start to the first frame drawn with the data: sigma has issued its WebGL calls. The browser
   * shows it later (software WebGL: the read-back waits for the GPU process); main.ts marks `osce-kg:presented`.
   */
  firstFrame: number | null;
  /** ms from navigation start to the search box answering. */
  searchReady: number | null;
  /** ms from navigation start to the end of the first layout. */
  layoutSettled: number | null;
}
