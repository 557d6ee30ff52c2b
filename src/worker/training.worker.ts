import { RunMachine } from './run-machine';
import { aliveIntervalMs, type FromWorker, type ToWorker } from './protocol';

// The project compiles against the DOM library, whose `self` is a Window; in a dedicated worker the
// same one-argument postMessage and 'message' events exist, which is all this entry uses.
const post = (message: FromWorker) => self.postMessage(message);
const machine = new RunMachine(post);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const call = event.data;
  // The union's members pair each name with its own argument; TypeScript cannot follow that pairing
  // through an indexed call, so the handler is looked up once under a general signature.
  const handler = machine.handlers[call.name] as (args: unknown) => Promise<unknown>;
  handler(call.args).then(
    (value) => post({ type: 'reply', callId: call.callId, ok: true, value }),
    (error: unknown) =>
      post({ type: 'reply', callId: call.callId, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});

setInterval(() => post({ type: 'alive', stalledMs: machine.stalledMs(), quietMs: machine.quietMs() }), aliveIntervalMs);
post({ type: 'alive', stalledMs: 0, quietMs: machine.quietMs() });
