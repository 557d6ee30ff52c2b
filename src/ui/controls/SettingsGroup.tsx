import { useContext, useId, useState, type ReactNode } from 'react';
import type { SettingName } from '../../settings/schema';
import { SettingsSearch, useShownCount } from './setting-visibility';

/**
 * One group of the settings panel: a titled fieldset that folds away with its title button. A search
 * keeps it open; with none of its settings on the page (hidden by a lesson link, or not matching) it is left out.
 */
export function SettingsGroup({
  title,
  names,
  note,
  children,
}: {
  title: string;
  names: readonly SettingName[];
  note?: string;
  children: ReactNode;
}) {
  const [folded, setFolded] = useState(false);
  const searching = useContext(SettingsSearch).trim() !== '';
  const shown = useShownCount(names);
  const bodyId = useId();
  if (shown === 0) return null;
  const open = searching || !folded;
  return (
    <fieldset className="group">
      <legend>
        <button
          type="button"
          className="group-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          disabled={searching}
          onClick={() => setFolded(!folded)}
        >
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          {title}
        </button>
      </legend>
      <div id={bodyId} hidden={!open}>
        {note && <p className="section-note explanatory">{note}</p>}
        {children}
      </div>
    </fieldset>
  );
}
