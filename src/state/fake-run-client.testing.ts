import type { CommandName, Commands, RunEvent } from '../worker/protocol';
import type { RunClient, RunStreamEvent, WorkerHealth } from '../worker/training-client';

/** A command the fake client received. */
export interface SentCommand {
  name: CommandName;
  args: unknown;
}

/** A stand-in for the supervised worker: records commands, answers them at once, and lets a test post events. */
export function fakeRunClient() {
  const sent: SentCommand[] = [];
  let eventListener: (event: RunStreamEvent) => void = () => {};
  let healthListener: (health: WorkerHealth) => void = () => {};
  let revivals = 0;
  const client: RunClient = {
    call<Name extends CommandName>(name: Name, args: Commands[Name]['args']) {
      sent.push({ name, args });
      return Promise.resolve(undefined as Commands[Name]['result']);
    },
    onEvent: (listener) => (eventListener = listener),
    onHealth: (listener) => (healthListener = listener),
    revive: () => (revivals += 1),
  };
  return {
    client,
    sent,
    emit: (event: RunStreamEvent) => eventListener(event),
    run: (event: Omit<RunEvent, 'type' | 'points'> & Partial<Pick<RunEvent, 'points'>>) =>
      eventListener({ type: 'run', points: [], ...event }),
    health: (health: WorkerHealth) => healthListener(health),
    revivals: () => revivals,
  };
}
