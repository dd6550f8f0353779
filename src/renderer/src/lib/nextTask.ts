/**
 * Yields to the browser between the slices of a long task (import, export), so it can paint the
 * progress and handle input. A message, not setTimeout(0): timers in a hidden or minimised window
 * run at most once a second, which would stretch a 400-slice export to minutes.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
