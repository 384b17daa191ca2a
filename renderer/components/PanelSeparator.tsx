import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampPanelWidth, PANEL_LIMITS, panelWidthAfterKey, type PanelName } from '../state/savedPlace';

interface PanelSeparatorProps {
  panel: PanelName;
  label: string;
  width: number;
  /** The panel's id, which the separator resizes. */
  controls: string;
  onResize(width: number): void;
}

/**
 * The border between a side panel and the note, as a focusable separator: arrow keys (Page Up
 * and Page Down for larger steps, Home and End for the limits) or a drag with the pointer set
 * the panel's width.
 */
export function PanelSeparator({ panel, label, width, controls, onResize }: PanelSeparatorProps) {
  const { min, max } = PANEL_LIMITS[panel];
  const drag = useRef<{ x: number; width: number } | null>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = panelWidthAfterKey(panel, width, event.key);
    if (next === null) return;
    event.preventDefault();
    onResize(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!drag.current) return;
    const moved = event.clientX - drag.current.x;
    // The notes panel is left of its separator, the library right of its own.
    onResize(clampPanelWidth(panel, drag.current.width + (panel === 'notes' ? moved : -moved)));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <div
      className="panel-separator"
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation="vertical"
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
