import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startLanguage } from './state/language';
import { startPagePersistence } from './state/page-persistence';
import { playgroundStore } from './state/store';
import { connectLab } from './state/lab';
import { connectTraining } from './state/training';
import { startUrlSync } from './state/url-sync';
import { App } from './ui/layout/App';
import { applyTheme, rememberedTheme } from './ui/layout/theme';
import './ui/styles.css';

// The URL is read before the first run is built, so a shared link trains with its own settings.
startUrlSync(playgroundStore);
const actions = connectTraining(playgroundStore);
// After the first run is begun, so that the saved curves land in it (or a saved model replaces it).
startPagePersistence(playgroundStore, actions.resumeFrom);
const lab = connectLab(playgroundStore);
applyTheme(rememberedTheme(), false);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// The first render waits for the language's catalogue (Chinese is loaded on demand), so no English flashes first.
void startLanguage().then(() =>
  createRoot(container).render(
    <StrictMode>
      <App actions={actions} lab={lab} />
    </StrictMode>,
  ),
);
