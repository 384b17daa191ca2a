// Chromium's Prioritized Task Scheduling API, used in the page by the benchmarks to find the end
// of a frame; TypeScript's DOM library does not declare it yet.
declare const scheduler: {
  postTask(callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }): Promise<void>;
};
