import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportUrl } from '../../src/lib/repository-links.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; id?: string };
type Job = { permissions?: Record<string, string>; steps: Step[]; needs?: string; environment?: unknown };
type Workflow = {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string };
  jobs: Record<string, Job>;
};
type FormField = { type: string; id?: string; attributes: Record<string, unknown>; validations?: { required: boolean } };
type IssueForm = { name: string; description: string; title?: string; body: FormField[] };

const GITHUB = join(PROJECT_ROOT, '.github');
const readText = (path: string) => readFile(join(GITHUB, path), 'utf8');
const readYaml = async <T>(path: string): Promise<T> => parse(await readText(path)) as T;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const WORKFLOWS = ['workflows/ci.yml', 'workflows/deploy.yml'];

describe('every workflow', () => {
  it.each(WORKFLOWS)('%s never runs on pull_request_target, which would hand a fork’s code write access', async (path) => {
    const text = await readText(path);
    expect(text).not.toContain('pull_request_target');
    expect(Object.keys((await readYaml<Workflow>(path)).on)).not.toContain('pull_request_target');
  });

  it.each(WORKFLOWS)('%s starts from read-only permissions', async (path) => {
    expect((await readYaml<Workflow>(path)).permissions).toEqual({ contents: 'read' });
  });

  it.each(WORKFLOWS)('%s pins every action to a major version', async (path) => {
    const uses = steps(await readYaml<Workflow>(path)).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });

  it.each(WORKFLOWS)('%s runs only npm scripts that exist, on the Node version of .nvmrc', async (path) => {
    const scripts = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const workflow = await readYaml<Workflow>(path);
    for (const step of steps(workflow)) {
      for (const [, script] of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts)).toContain(script);
    }
    expect(steps(workflow).find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({
      'node-version-file': '.nvmrc',
    });
  });
});

describe('ci.yml', () => {
  it('runs on pull requests and on pushes to main', async () => {
    const ci = await readYaml<Workflow>('workflows/ci.yml');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push).toEqual({ branches: ['main'] });
  });

  it('checks the content, tests and builds, in that order, then keeps the built site', async () => {
    const ci = await readYaml<Workflow>('workflows/ci.yml');
    const all = steps(ci);
    expect(all.map((step) => step.uses ?? step.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'apt-get update && apt-get install -y --no-install-recommends chromium',
      'npm ci',
      'npm run check',
      'npm run format:check',
      'npm run typecheck',
      'npm test',
      'npm run build',
      'actions/upload-artifact@v4',
    ]);
    expect(all.at(-1)?.with).toMatchObject({ path: 'dist/' });
    // Debian's chromium package is the real browser; Ubuntu's is a snap stub.
    expect(Object.values(ci.jobs).map((job) => (job as { container?: string }).container)).toEqual(['node:24-bookworm']);
  });

  it('asks for no write permission anywhere', async () => {
    const ci = await readYaml<Workflow>('workflows/ci.yml');
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined();
    expect(await readText('workflows/ci.yml')).not.toMatch(/:\s*write/);
  });
});

describe('deploy.yml', () => {
  it('runs on pushes to main and by hand, one deployment at a time', async () => {
    const deploy = await readYaml<Workflow>('workflows/deploy.yml');
    expect(Object.keys(deploy.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.concurrency?.group).toBe('pages');
  });

  it('builds, then publishes with the GitHub Pages actions', async () => {
    const deploy = await readYaml<Workflow>('workflows/deploy.yml');
    expect(deploy.jobs.build!.steps.map((step) => step.uses ?? step.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci',
      'npm run check',
      'actions/configure-pages@v5',
      'npm run build',
      'actions/upload-pages-artifact@v3',
    ]);
    expect(deploy.jobs.build!.steps.at(-1)?.with).toEqual({ path: 'dist/' });
    expect(deploy.jobs.deploy!.needs).toBe('build');
    expect(deploy.jobs.deploy!.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('gives Pages write and an identity token only to the job that deploys', async () => {
    const deploy = await readYaml<Workflow>('workflows/deploy.yml');
    expect(deploy.jobs.deploy!.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs.build!.permissions).toBeUndefined();
  });
});

describe('issue forms', () => {
  const FORMS = ['ISSUE_TEMPLATE/suggest-event.yml', 'ISSUE_TEMPLATE/report-error.yml'];

  it.each(FORMS)('%s has a name, a description and fields with unique ids and labels', async (path) => {
    const form = await readYaml<IssueForm>(path);
    expect(form.name).toEqual(expect.any(String));
    expect(form.description).toEqual(expect.any(String));
    const fields = form.body.filter((field) => field.type !== 'markdown');
    const ids = fields.map((field) => field.id);
    expect(new Set(ids).size).toBe(fields.length);
    for (const field of fields) {
      expect(field.id).toMatch(/^[a-z][a-z0-9_-]*$/);
      expect(field.attributes.label).toEqual(expect.any(String));
    }
  });

  it('the suggestion form requires a headline, a date and sources', async () => {
    const form = await readYaml<IssueForm>('ISSUE_TEMPLATE/suggest-event.yml');
    const required = form.body.filter((field) => field.validations?.required).map((field) => field.id);
    expect(required).toEqual(expect.arrayContaining(['headline', 'date', 'sources']));
  });

  it('the "Report an error" link on event pages opens the error form and fills in its fields', async () => {
    const url = new URL(
      reportUrl('https://github.com/example/timeline', {
        title: 'A ruling',
        filePath: 'src/content/events/x.md',
        pageUrl: 'https://example.org/events/x/',
      }),
    );
    const template = url.searchParams.get('template')!;
    expect(await readdir(join(GITHUB, 'ISSUE_TEMPLATE'))).toContain(template);
    const form = await readYaml<IssueForm>(`ISSUE_TEMPLATE/${template}`);
    const ids = form.body.map((field) => field.id);
    const prefilled = [...url.searchParams.keys()].filter((key) => key !== 'template' && key !== 'title');
    expect(prefilled).toEqual(['entry', 'page']);
    expect(ids).toEqual(expect.arrayContaining(prefilled));
    expect(form.title).toBe('Error in: ');
  });

  it('config.yml keeps blank issues for problems with Cronista itself', async () => {
    expect(await readYaml('ISSUE_TEMPLATE/config.yml')).toEqual({ blank_issues_enabled: true });
  });
});

describe('.nvmrc', () => {
  it('names the Node major version the npm scripts run on', async () => {
    const nvmrc = (await readFile(join(PROJECT_ROOT, '.nvmrc'), 'utf8')).trim();
    const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(pkg.devDependencies.node).toMatch(new RegExp(`^\\^${nvmrc}\\.`));
  });
});
