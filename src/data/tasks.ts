import { createAddingTask } from './adding';
import type { TaskName } from '../settings/schema';
import type { TaskData, TaskOptions } from './dataset';
import { createReberTask } from './reber';
import { createSeriesTask } from './series';
import { createSineTask } from './sines';

/**
 * Generates a task's data. `series` is the uploaded series, which the `series` task needs and the
 * others ignore.
 */
export function createTask(task: TaskName, options: TaskOptions, series?: Float32Array): TaskData {
  switch (task) {
    case 'sines':
      return createSineTask(options);
    case 'adding':
      return createAddingTask(options);
    case 'reber':
      return createReberTask(options);
    case 'series':
      if (!series) throw new Error('No series has been loaded');
      return createSeriesTask(series, options);
  }
}
