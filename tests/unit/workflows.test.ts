import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withAddressFromEnvironment } from '../../src/integrations/cronista.ts';
import { reportUrl } from '../../src/lib/repository-links.ts';
import { storySchema } from '../../src/schemas/taxonomy.ts';
import { PROJECT_ROOT } from '../helpers/build.ts';

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; id?: string; env?: Record<string, string> };
type Job = {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
  needs?: string;
  environment?: unknown;
  container?: string;
};
type Workflow = {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
};
type FormField = { type: string; id?: string; attributes: Record<string, unknown>; validations?: { required: boolean } };
type IssueForm = { name: string; description: string; title?: string; body: FormField[] };
type Dependabot = { version: number; updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[] };

const GITHUB = join(PROJECT_ROOT, '.github');
const readText = (path: string) => readFile(join(GITHUB, path), 'utf8');
const readYaml = async <T>(path: string): Promise<T> => parse(await readText(path)) as T;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
/** A step as the tests name it: the action without its version, or the command. */
const stepName = (step: Step) => step.uses?.replace(/@.*/, '') ?? step.run;
const WORKFLOWS = ['workflows/ci.yml', 'workflows/deploy.yml'];

/**
 * The lowest major version of each action the workflows may use: the newest we have moved to,
 * for their Node 24 runtime. Dependabot proposes newer ones; older ones fail here.
 */
const CURRENT_MAJORS: Record<string, number> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'actions/upload-artifact': 7,
  'actions/configure-pages': 5,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};

describe('every workflow', () => {
  it.each(WORKFLOWS)('%s never runs on pull_request_target, which would hand a fork’s code write access', async (path) => {
    const text = await readText(path);
    expect(text).not.toContain('pull_request_target');
    expect(Object.keys((await readYaml<Workflow>(path)).on)).not.toContain('pull_request_target');
  });

  it.each(WORKFLOWS)('%s grants nothing by default; each job asks for what it needs', async (path) => {
    const workflow = await readYaml<Workflow>(path);
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) expect(job.permissions, `permissions of job ${name}`).toBeDefined();
  });

  it.each(WORKFLOWS)('%s uses current major versions of the actions, pinned to a major', async (path) => {
    const uses = steps(await readYaml<Workflow>(path)).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) {
      const [, name, major] = /^(actions\/[a-z-]+)@v(\d+)$/.exec(action) ?? [];
      expect(name, `${action} is an actions/… action pinned to a major version`).toBeDefined();
      expect(Object.keys(CURRENT_MAJORS)).toContain(name);
      expect(Number(major), action).toBeGreaterThanOrEqual(CURRENT_MAJORS[name!]!);
    }
  });

  it.each(WORKFLOWS)('%s never leaves the token in the checkout (persist-credentials: false)', async (path) => {
    const checkouts = steps(await readYaml<Workflow>(path)).filter((step) => stepName(step) === 'actions/checkout');
    expect(checkouts.length).toBeGreaterThan(0);
    for (const checkout of checkouts) expect(checkout.with?.['persist-credentials']).toBe(false);
  });

  it.each(WORKFLOWS)('%s runs only npm scripts that exist, on the Node version of .nvmrc', async (path) => {
    const scripts = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const workflow = await readYaml<Workflow>(path);
    for (const step of steps(workflow)) {
      for (const [, script] of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts)).toContain(script);
    }
    expect(steps(workflow).find((step) => stepName(step) === 'actions/setup-node')?.with).toMatchObject({
      'node-version-file': '.nvmrc',
    });
  });
});

describe('ci.yml', () => {
  it('runs on pull requests and on pushes to main; a newer push cancels the older run', async () => {
    const ci = await readYaml<Workflow>('workflows/ci.yml');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push).toEqual({ branches: ['main'] });
    expect(ci.concurrency).toEqual({ group: 'ci-${{ github.ref }}', 'cancel-in-progress': true });
  });

  it('checks the content, tests and builds, in that order, then keeps the built site', async () => {
    const ci = await readYaml<Workflow>('workflows/ci.yml');
    const all = steps(ci);
    expect(all.map(stepName)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'apt-get update && apt-get install -y --no-install-recommends chromium',
      'npm ci',
      'npm run check',
      'npm run format:check',
      'npm run typecheck',
      'npm test',
      'npm run build',
      'actions/upload-artifact',
    ]);
    expect(all.at(-1)?.with).toMatchObject({ path: 'dist/' });
    // Debian's chromium package is the real browser; Ubuntu's is a snap stub.
    expect(Object.values(ci.jobs).map((job) => job.container)).toEqual(['node:24-bookworm']);
  });

  it('reads the repository and asks for no write permission anywhere', async () => {
    const ci = await readYaml<Workflow>('workflows/ci.yml');
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
    expect(await readText('workflows/ci.yml')).not.toMatch(/:\s*write/);
  });
});

describe('deploy.yml', () => {
  it('runs when the CI workflow completes on main, and on nothing else', async () => {
    const [deploy, ci] = await Promise.all([readYaml<Workflow>('workflows/deploy.yml'), readYaml<Workflow>('workflows/ci.yml')]);
    expect(deploy.on).toEqual({ workflow_run: { workflows: [ci.name], types: ['completed'], branches: ['main'] } });
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('builds only after CI succeeded on a push to main in this repository, from exactly that commit', async () => {
    const build = (await readYaml<Workflow>('workflows/deploy.yml')).jobs.build!;
    const conditions = build.if?.split('&&').map((condition) => condition.trim());
    expect(conditions).toEqual([
      "github.event.workflow_run.conclusion == 'success'",
      "github.event.workflow_run.event == 'push'",
      "github.event.workflow_run.head_branch == 'main'",
      'github.event.workflow_run.head_repository.full_name == github.repository',
    ]);
    expect(build.steps.find((step) => stepName(step) === 'actions/checkout')?.with).toEqual({
      ref: '${{ github.event.workflow_run.head_sha }}',
      'persist-credentials': false,
    });
  });

  it('builds with the address GitHub Pages gives, then publishes with the Pages actions', async () => {
    const deploy = await readYaml<Workflow>('workflows/deploy.yml');
    const build = deploy.jobs.build!;
    expect(build.steps.map(stepName)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      'actions/configure-pages',
      'npm run build',
      'actions/upload-pages-artifact',
    ]);
    const pages = build.steps.find((step) => stepName(step) === 'actions/configure-pages')!;
    expect(build.steps.find((step) => step.run === 'npm run build')?.env).toEqual({
      CRONISTA_SITE: `\${{ steps.${pages.id}.outputs.origin }}`,
      CRONISTA_BASE: `\${{ steps.${pages.id}.outputs.base_path }}/`,
    });
    expect(build.steps.at(-1)?.with).toEqual({ path: 'dist/' });
    expect(deploy.jobs.deploy!.needs).toBe('build');
    expect(deploy.jobs.deploy!.steps.map(stepName)).toEqual(['actions/deploy-pages']);
  });

  it.for([
    { origin: 'https://newsroom.github.io', basePath: '/timeline', site: 'https://newsroom.github.io', base: '/timeline/' },
    { origin: 'https://newsroom.github.io', basePath: '', site: 'https://newsroom.github.io', base: '/' },
    { origin: 'https://www.example.com', basePath: '', site: 'https://www.example.com', base: '/' },
  ])('publishes a Pages site at $origin$basePath under base $base, whatever story.yaml says', async ({ origin, basePath, site, base }) => {
    const build = (await readYaml<Workflow>('workflows/deploy.yml')).jobs.build!;
    const env = build.steps.find((step) => step.run === 'npm run build')!.env!;
    // What GitHub Actions makes of the expressions, with configure-pages' outputs.
    const outputs: Record<string, string> = { origin, base_path: basePath };
    const evaluated = Object.fromEntries(
      Object.entries(env).map(([name, value]) => [
        name,
        value.replace(/\$\{\{ steps\.\w+\.outputs\.(\w+) \}\}/g, (_, output: string) => outputs[output]!),
      ]),
    );
    const story = storySchema.parse({
      title: 'T',
      dek: 'D',
      introduction: 'I',
      site: 'https://old.example.org',
      base: '/old/',
      publisher: 'P',
    });
    expect(withAddressFromEnvironment(story, evaluated)).toMatchObject({ site, base });
  });

  it('gives Pages write and an identity token only to the job that deploys', async () => {
    const deploy = await readYaml<Workflow>('workflows/deploy.yml');
    expect(deploy.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs.build!.permissions).toEqual({ contents: 'read', pages: 'read' });
  });
});

describe('dependabot.yml', () => {
  it('keeps the workflow actions and the npm packages current, every week', async () => {
    const config = await readYaml<Dependabot>('dependabot.yml');
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => [update['package-ecosystem'], update.directory, update.schedule.interval])).toEqual([
      ['github-actions', '/', 'weekly'],
      ['npm', '/', 'weekly'],
    ]);
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

  it.each(FORMS)('%s reads the same to any YAML reader: every text is text, not a date or a number (YAML 1.1)', async (path) => {
    // N.B. GitHub's form reader is not ours: under YAML 1.1 an unquoted 2019-01-23 is a date.
    const form = parse(await readText(path), { version: '1.1' }) as IssueForm;
    const texts = form.body.flatMap((field) =>
      Object.entries(field.attributes).filter(([key]) => ['label', 'description', 'placeholder', 'value'].includes(key)),
    );
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter(([, value]) => typeof value !== 'string')).toEqual([]);
  });

  it('config.yml keeps blank issues for problems with Cronista itself', async () => {
    expect(await readYaml('ISSUE_TEMPLATE/config.yml')).toEqual({ blank_issues_enabled: true });
  });
});

describe('the Node versions', () => {
  const files = async () => ({
    nvmrc: (await readFile(join(PROJECT_ROOT, '.nvmrc'), 'utf8')).trim(),
    pkg: JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies: Record<string, string>;
    },
    readme: await readFile(join(PROJECT_ROOT, 'README.md'), 'utf8'),
    contributing: await readFile(join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8'),
  });

  it('.nvmrc names the Node major version the npm scripts run on (the node devDependency)', async () => {
    const { nvmrc, pkg } = await files();
    expect(pkg.devDependencies.node).toMatch(new RegExp(`^\\^${nvmrc}\\.`));
  });

  it('README and CONTRIBUTING state the Node that runs npm (engines) and the one the scripts run on (.nvmrc)', async () => {
    const { nvmrc, pkg, readme, contributing } = await files();
    const [, least] = /^>=(\d+\.\d+)\.0$/.exec(pkg.engines.node) ?? [];
    expect(least, `engines.node is ">=<major>.<minor>.0", got ${pkg.engines.node}`).toBeDefined();
    for (const doc of [readme, contributing]) {
      expect(doc).toContain(`Node.js ${least} or newer`);
      expect(doc).toContain(`Node ${nvmrc}`);
      expect(doc).toContain('EBADENGINE');
    }
  });
});
