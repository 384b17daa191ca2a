/** Where a menu of this size goes so that all of it is in the window: where it was opened when it fits, otherwise flipped above or to the left of that point, and never past the window's edges. */
export function placeInWindow(at: { x: number; y: number }, size: { width: number; height: number }, window: { width: number; height: number }): { x: number; y: number } {
  const along = (start: number, length: number, room: number) => {
    if (start + length <= room) return start;
    // Flipped to end at the point (above it, or left of it) when that fits, else as far in as the window allows.
    if (start - length >= 0) return start - length;
    return Math.max(0, room - length);
  };
  return { x: along(at.x, size.width, window.width), y: along(at.y, size.height, window.height) };
}
