import { useState } from 'react';
import { useT } from '../../i18n/react';
import { useLesson } from '../../state/lesson';
import type { TrainingActions } from '../../state/training';
import { HistoryCharts } from '../charts/HistoryCharts';
import { ChallengeMenu } from '../controls/ChallengeMenu';
import { ControlPanel } from '../controls/ControlPanel';
import { KnobSlider } from '../controls/KnobSlider';
import { LabPanel } from '../lab/LabPanel';
import { knobs } from '../controls/knobs';
import { PresetMenu, PresetStory } from '../controls/PresetMenu';
import { RunButtons } from '../controls/RunButtons';
import { ToggleSetting } from '../controls/ToggleSetting';
import { ChallengePanel } from '../panels/ChallengePanel';
import { Explanation } from '../panels/Explanation';
import { LessonBanner } from '../panels/LessonBanner';
import { Notices } from '../panels/Notices';
import { PinnedRuns } from '../panels/PinnedRuns';
import { PredictPanel } from '../panels/PredictPanel';
import { Readouts } from '../panels/Readouts';
import { RunStatusLine } from '../panels/RunStatusLine';
import { ShareDialog } from '../panels/ShareDialog';
import { UnderTheHood } from '../panels/UnderTheHood';
import { UpdateNotice } from '../panels/UpdateNotice';
import { ModelViews } from '../views/ModelViews';
import { LanguageSelect, ThemeSelect } from './PageOptions';
import { PresentationButton } from './PresentationButton';
import type { LabActions } from '../../state/lab';

/**
 * The whole page. On a wide screen the stage (run buttons, status, chart, readouts) stays at the top of
 * the view while the settings scroll in their own column; on a narrow one everything is one column.
 */
export function App({ actions, lab }: { actions: TrainingActions; lab?: LabActions }) {
  const messages = useT();
  const hideText = useLesson((state) => state.lesson.hideText);
  const [presenting, setPresenting] = useState(false);
  const classes = ['app', hideText ? 'no-text' : '', presenting ? 'presenting' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <a className="skip-link" href="#stage">
        {messages.page.skipLink}
      </a>
      <header className="top-bar">
        <h1>{messages.page.title}</h1>
        <div className="top-options">
          <PresetMenu reset={actions.reset} />
          <ChallengeMenu />
          {!hideText && <Explanation />}
          <ShareDialog />
          <PresentationButton presenting={presenting} setPresenting={setPresenting} />
          <ThemeSelect />
          <LanguageSelect />
        </div>
      </header>
      <Notices />
      <UpdateNotice />
      <main className="layout">
        <div className="run-column">
          <section className="stage" id="stage" aria-label={messages.page.runRegion} tabIndex={-1}>
            <LessonBanner />
            <RunButtons actions={actions} />
            <RunStatusLine />
            <PresetStory />
            <ChallengePanel />
            <PredictPanel />
            {/* The chart's size comes from the layout: full width, and --chart-height from the stylesheet. */}
            <div className="chart-frame">
              <HistoryCharts />
            </div>
            <Readouts />
          </section>
          <div className="run-details">
            <p className="intro explanatory">{messages.page.intro}</p>
            <PinnedRuns />
            <div className="chart-controls">
              <KnobSlider knob={knobs.smoothing} />
              <ToggleSetting name="logScale" />
            </div>
            <ModelViews inspect={actions.inspect} />
            {!hideText && <UnderTheHood checkGradients={actions.checkGradients} />}
            {lab && <LabPanel actions={lab} />}
          </div>
        </div>
        <ControlPanel measureBackends={actions.measureBackends} />
      </main>
    </div>
  );
}
