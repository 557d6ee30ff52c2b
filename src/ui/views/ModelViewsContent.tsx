import { GateView } from './GateView';
import { GradientView } from './GradientView';
import { PredictionView } from './PredictionView';
import { WeightView } from './WeightView';

/** The four views into the model; loaded with the panel's first opening. */
export default function ModelViewsContent() {
  return (
    <div className="model-views">
      <GradientView />
      <WeightView />
      <PredictionView />
      <GateView />
    </div>
  );
}
