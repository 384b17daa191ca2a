import fs from 'node:fs';
import path from 'node:path';
import type { Note } from '../../common/note';
import { AppError } from '../../common/result';
import type { Template, TemplateSummary } from '../../common/template';
import { slugify, templateFromNote, USER_TEMPLATE_PREFIX, validateTemplate } from '../../common/userTemplates';
import { fileStamp, writeFileAtomic } from './atomicWrite';
import { withFileLock } from './fileLock';
import type { TemplateService } from './templates';
import type { Workspace } from './workspace';
import { messageOf } from '../../common/messageOf';

/** Largest template file accepted on import; real ones are a few kilobytes. */
export const MAX_TEMPLATE_FILE_CHARS = 1024 * 1024;

export interface TemplateFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface UserTemplateStore {
  saveFromNote(note: Note, name: string): TemplateSummary;
  /** Replaces a user template with an edited version; built-ins are refused. */
  update(raw: unknown): TemplateSummary;
  /** A user template copied from any template, built-in or not. */
  duplicate(id: string): TemplateSummary;
  /** Moves a user template's file to the trash folder. */
  remove(id: string): void;
  /** Validates a template file's text and adds it as a user template under a fresh id. */
  importText(text: string): TemplateSummary;
  exportFile(id: string): TemplateFile;
}

function invalid(errors: string[]): AppError {
  return new AppError('TEMPLATE_INVALID', `This template is not valid:\n${errors.join('\n')}`);
}

function summary({ id, name, description, noteType }: Template): TemplateSummary {
  return { id, name, description, noteType };
}

export function createUserTemplateStore(
  workspace: Workspace,
  templates: TemplateService,
  now: () => Date = () => new Date(),
): UserTemplateStore {
  function isTaken(id: string): boolean {
    try {
      templates.locate(id);
      return true;
    } catch {
      return false;
    }
  }

  /** `user-<name>`, with a number when taken: never a built-in's id, never another user template's. */
  function freshId(name: string): string {
    const base = `${USER_TEMPLATE_PREFIX}${slugify(name, 48)}`;
    let id = base;
    for (let n = 2; isTaken(id) || fs.existsSync(path.join(workspace.userTemplatesDir, `${id}.json`)); n += 1) id = `${base}-${n}`;
    return id;
  }

  function store(raw: unknown): TemplateSummary {
    const checked = validateTemplate(raw);
    if (!checked.ok) throw invalid(checked.errors);
    writeFileAtomic(path.join(workspace.userTemplatesDir, `${checked.template.id}.json`), `${JSON.stringify(checked.template, null, 2)}\n`);
    return summary(checked.template);
  }

  function userTemplate(id: string) {
    const found = templates.locate(id);
    if (found.builtIn) throw new AppError('BAD_ARGUMENTS', `“${found.template.name}” is built in and cannot be changed; duplicate it to make your own.`);
    return found;
  }

  return {
    saveFromNote(note, name) {
      const trimmed = name.trim();
      const raw = templateFromNote(note, freshId(trimmed), trimmed);
      if ((raw as { sections: unknown[] }).sections.length === 0) {
        throw new AppError('TEMPLATE_INVALID', 'This note has no section headings (level 2) to make a template from.');
      }
      return store(raw);
    },
    update(raw) {
      const { id, version } = raw as { id?: unknown; version?: unknown };
      if (typeof id !== 'string') throw invalid(['id: a template id is required']);
      // Checked and written under the file's lock: another window's save cannot fall in between.
      return withFileLock(path.join(workspace.userTemplatesDir, `${id}.json`), () => {
        const { file, template: current } = userTemplate(id);
        // The edit was made on `version`; a template saved elsewhere since then is never overwritten unseen.
        if (version !== current.version) {
          throw new AppError(
            'REVISION_CONFLICT',
            `“${current.name}” was changed elsewhere (another window or the desktop app) after you opened it: it is at version ${current.version}, and your edit was made on version ${String(version)}. Nothing was overwritten; your edits are still in this form. Cancel and open the template again to see the other change.`,
          );
        }
        // Each saved edit is a new version of the template, numbered here rather than trusted from the window.
        const saved = store({ ...(raw as object), version: current.version + 1 });
        // A hand-placed file under another name would otherwise shadow the saved one.
        if (path.basename(file) !== `${id}.json`) fs.rmSync(file, { force: true });
        return saved;
      }, 'This template is being saved by another Brieflink window at this moment, and it did not finish; nothing was saved here. Try again.');
    },
    duplicate(id) {
      const source = templates.get(id);
      const name = `${source.name} (copy)`.slice(0, 120);
      return store({ ...source, id: freshId(source.name), name, version: 1 });
    },
    remove(id) {
      const { file } = userTemplate(id);
      fs.renameSync(file, path.join(workspace.trashDir, `template-${id}.${fileStamp(now())}.json`));
    },
    importText(text) {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new AppError('TEMPLATE_INVALID', `This file is not a template: it is not valid JSON (${messageOf(error)}).`);
      }
      const checked = validateTemplate(raw);
      if (!checked.ok) throw invalid(checked.errors);
      return store({ ...checked.template, id: freshId(checked.template.id.replace(/^user-/, '')) });
    },
    exportFile(id) {
      const template = templates.get(id);
      return { fileName: `${template.id}.json`, bytes: Buffer.from(`${JSON.stringify(template, null, 2)}\n`, 'utf8') };
    },
  };
}
