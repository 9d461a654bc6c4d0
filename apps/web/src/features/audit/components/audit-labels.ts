import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';

// Action and entity names are the API's; unknown ones are shown as they come.
const actions: Record<string, MessageKey> = {
  create: 'audit.action.create',
  update: 'audit.action.update',
  delete: 'audit.action.delete',
  publish: 'audit.action.publish',
  acknowledge: 'audit.action.acknowledge',
  retire: 'audit.action.retire',
  comment: 'audit.action.comment',
  restore: 'audit.action.restore',
  upload: 'audit.action.upload',
  complete: 'audit.action.complete',
};

const entities: Record<string, MessageKey> = {
  directive: 'audit.entity.directive',
  task: 'audit.entity.task',
  task_item: 'audit.entity.task_item',
  taskItem: 'audit.entity.task_item',
  item: 'audit.entity.task_item',
  unit: 'audit.entity.unit',
  unit_group: 'audit.entity.unit_group',
  unitGroup: 'audit.entity.unit_group',
  task_comment: 'audit.entity.task_comment',
  activity: 'audit.entity.activity',
  evidence_file: 'audit.entity.evidence_file',
};

/** "directive.publish" and "publish" both read "Ban hành". */
export function actionLabel(action: string): string {
  const last = action.split(/[.:/]/).pop() ?? action;
  const key = actions[action] ?? actions[last];
  return key ? t(key) : action;
}

export function entityLabel(entity: string): string {
  const key = entities[entity];
  return key ? t(key) : entity;
}
