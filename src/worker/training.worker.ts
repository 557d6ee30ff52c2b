import { RunController } from './run-controller';
import type { FromWorker, ToWorker } from './protocol';

// The project compiles against the DOM library, whose `self` is a Window; in a dedicated worker the
// same one-argument postMessage and 'message' events exist, which is all this entry uses.
const controller = new RunController((message: FromWorker) => self.postMessage(message));
self.addEventListener('message', (event: MessageEvent<ToWorker>) => controller.handle(event.data));
