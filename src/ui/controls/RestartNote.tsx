import { fieldOf, type SettingName } from '../../settings/schema';

/** Says, after a control's hint, that changing it starts the run over, when it does. */
export function RestartNote({ name }: { name: SettingName }) {
  return fieldOf(name).resetsRun ? <span className="restart-note"> Changing it restarts the run.</span> : null;
}
