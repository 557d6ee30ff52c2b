import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/react';

/** One entry of the Export menu: its name and what choosing it does. */
export interface ExportItem {
  label: string;
  action: () => void | Promise<void>;
  disabled?: boolean;
}

/**
 * The Export button and its menu (the ARIA menu-button pattern): Enter, Space or a click opens it on
 * its first item, the arrow keys move between items, Escape or a click elsewhere closes it.
 */
export function ExportMenu({ items }: { items: ExportItem[] }) {
  const exportName = useT().chart.exportMenu;
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    itemRefs.current.find((item) => item && !item.disabled)?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!open) return;
    const enabled = itemRefs.current.filter((item): item is HTMLButtonElement => item !== null && !item.disabled);
    const current = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: enabled.length - 1 };
    if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') buttonRef.current?.focus();
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    enabled[(next + enabled.length) % enabled.length]?.focus();
  };

  return (
    <div className="export-menu" ref={containerRef} onKeyDown={onMenuKey}>
      <button ref={buttonRef} type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
        {exportName}
      </button>
      {open && (
        <ul id={menuId} role="menu" aria-label={exportName}>
          {items.map((item, index) => (
            <li key={item.label} role="none">
              <button
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                type="button"
                role="menuitem"
                disabled={item.disabled}
                onClick={() => {
                  setOpen(false);
                  buttonRef.current?.focus();
                  void item.action();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
