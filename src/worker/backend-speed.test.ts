import { describe, expect, it } from 'vitest';
import { measureBackendSpeeds } from './backend-speed';
import { selectBackend } from './backend';

describe('measureBackendSpeeds', () => {
  it('times the training step on each backend that starts and says why the others did not', async () => {
    // Node has no WebGL: it must fail with a reason, and the cpu backend must still be timed.
    const speeds = await measureBackendSpeeds(['webgl', 'cpu']);
    expect(speeds).toEqual([
      { backend: 'webgl', failure: expect.any(String) },
      { backend: 'cpu', stepsPerSecond: expect.any(Number) },
    ]);
    const cpu = speeds[1];
    expect(cpu && 'stepsPerSecond' in cpu && cpu.stepsPerSecond).toBeGreaterThan(0.5);
  });

  it('lets auto start with the backend measured fastest', async () => {
    expect(await selectBackend('auto', 'cpu')).toEqual({ backend: 'cpu', passedOver: [] });
  });
});
