/**
 * Section 3, the explorer in headless Chromium (SwiftShader: absolute numbers are floors, ratios
 * count) against a bare sigma 3.0.3 page on the same graph.json, in the same browser, pages
 * alternating: first draw, camera frame rate, click-to-highlight, filter and trace latency, heap.
 * Each load gets its own browser context (its own renderer process, so heaps do not mix).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, watchPage } from '../e2e/browser.ts';
import type { PageWatch } from '../e2e/browser.ts';
import {
  armClickProbe,
  cameraFps,
  INIT_SCRIPT,
  middleThird,
  nodePoint,
  pageFacts,
  longestTaskDuring,
  timeMapDraw,
  timeStateChange,
} from './browser-probes.ts';
import type { ChangeTiming, PageFacts } from './browser-probes.ts';
import { serveStatic, warmUp } from './server.ts';
import { elapsedSeconds, MB, progress, RESULTS_DIR } from './util.ts';

export interface Target {
  /** "default", "5k-20k", "20k-100k". */
  name: string;
  label: string;
  /** Folder of the explorer's copy under bench-results. */
  site: string;
  /** Loads of each page, at most. */
  reps: number;
}

export interface LoadSample {
  firstDrawMs: number;
  /** Second animation frame after the first-draw mark. */
  firstFrameMs: number;
  heapUsedMB: number;
  heapTotalMB: number;
  /** Camera set by a script on every frame. */
  fps: { frames: number; ms: number; fps: number };
  /** Camera moved by mouse drag and wheel, as a user moves it. */
  gestureFps: { frames: number; ms: number; fps: number };
  clickMs: number;
  clickedNode: string | null;
  /** The click selected the node aimed at. */
  clickHit: boolean;
  filterMs: number | null;
  /** One step of the timeline's play (a month window moved on, new lines emphasised). */
  stepMs: number | null;
  stepBlockMs: number | null;
  traceMs: number | null;
  /** The longest task (main thread blocked) while the change was applied. */
  filterBlockMs: number | null;
  traceBlockMs: number | null;
  /** Switching to the map view until it is on screen, every letter shown (explorer only). */
  mapMs: number | null;
  /** Wall-clock seconds of each step of the load, as the benchmark saw them. */
  steps: Record<string, number>;
  longestTaskMs: number;
  longTasksTotalMs: number;
  errors: string[];
}

export interface TargetResult {
  target: Target;
  facts: PageFacts;
  filter: { start: string; end: string; first: string; last: string } | null;
  trace: { from: string; to: string; routes: number; direct: number } | null;
  explorer: LoadSample[];
  bare: LoadSample[];
}

const VIEWPORT = { width: 1280, height: 800 };
const FPS_SECONDS = 3;
const SETTLE_MS = 1000;
const DRAW_TIMEOUT_MS = 240_000;

async function heap(context: BrowserContext, page: Page): Promise<{ used: number; total: number }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => metrics.find((m) => m.name === name)?.value ?? NaN;
  await cdp.detach();
  return { used: value('JSHeapUsedSize') / MB, total: value('JSHeapTotalSize') / MB };
}

/** Two animation frames: whatever was scheduled has been drawn. */
function frames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

async function clickLatency(page: Page, node: string, panel: string | null): Promise<number> {
  // graphToViewport uses the matrix of sigma's last render: let pending renders happen first.
  await frames(page);
  const point = await page.evaluate(nodePoint, node);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(400);
  await frames(page);
  await page.evaluate(armClickProbe, panel);
  await page.mouse.click(point.x, point.y);
  return page.evaluate(() => window.__benchProbe ?? Promise.resolve(NaN));
}

interface Session {
  browser: Browser;
  baseUrl: string;
}

async function measureLoad(
  session: Session,
  kind: 'explorer' | 'bare',
  result: TargetResult,
  reference: PageFacts | null,
): Promise<{ sample: LoadSample; facts: PageFacts }> {
  const container = reference?.container ?? null;
  const { target } = result;
  const steps: Record<string, number> = {};
  let lapStart = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    steps[name] = Math.round(now - lapStart) / 1000;
    lapStart = now;
  };
  const context = await session.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  const watch: PageWatch = watchPage(page, session.baseUrl.replace(/\/$/, ''));
  const size = container ? `&w=${container.width}&h=${container.height}` : '';
  const url =
    kind === 'explorer'
      ? `${session.baseUrl}${target.site}/`
      : `${session.baseUrl}bare-dist/?graph=../${target.site}/data/graph.json${size}`;
  const mark = kind === 'explorer' ? 'cablegraph:first-draw' : 'bare:first-draw';
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: DRAW_TIMEOUT_MS,
    polling: 100,
  });
  const firstDrawMs = await page.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
    mark,
  );
  await page.waitForFunction(() => window.__benchFirstFrame !== undefined, null, {
    timeout: DRAW_TIMEOUT_MS,
    polling: 100,
  });
  const firstFrameMs = await page.evaluate(() => window.__benchFirstFrame ?? NaN);
  lap('load');
  await page.waitForTimeout(SETTLE_MS);
  await frames(page);
  const facts = await page.evaluate(pageFacts, reference?.clickable ?? null);
  lap('settle');
  const memory = await heap(context, page);
  lap('heap');
  // The camera path ends where it started (one period), so no restoring redraw is needed.
  const fps = await page.evaluate(cameraFps, { seconds: FPS_SECONDS, moveBy: 'script' as const });
  lap('fps');
  const gesture = await page.evaluate(cameraFps, {
    seconds: FPS_SECONDS,
    moveBy: 'gesture' as const,
  });
  await frames(page);
  lap('gesture fps');
  const clicked = facts.clickable;
  const clickMs = clicked
    ? await clickLatency(page, clicked, kind === 'explorer' ? '#person-heading' : null)
    : NaN;
  const clickHit = await page.evaluate((node) => {
    const selected = window.cablegraph?.state.selection.value;
    if (selected) return selected.kind === 'person' && selected.id === node;
    return window.bare?.state.selected === node;
  }, clicked);
  lap('click');
  let filterMs: number | null = null;
  let stepMs: number | null = null;
  let stepBlockMs: number | null = null;
  let traceMs: number | null = null;
  let filterBlockMs: number | null = null;
  let traceBlockMs: number | null = null;
  let mapMs: number | null = null;
  const blockedDuring = async (span: ChangeTiming): Promise<number> => {
    await page.waitForTimeout(200);
    return page.evaluate(longestTaskDuring, span);
  };
  if (kind === 'explorer') {
    await page.evaluate(() => window.cablegraph?.state.clearSelection());
    await page.waitForFunction(() => !document.getElementById('person-heading'), null, {
      timeout: DRAW_TIMEOUT_MS,
    });
    await page.mouse.move(2, 2);
    await page.waitForTimeout(300);
    await frames(page);
    lap('clear');
    // Trace first, then the filter, and no reset after it: at 10^5 edges every full redraw of
    // the network costs tens of seconds on SwiftShader, and the page is closed next.
    const [from = '', to = ''] = facts.busiest;
    const traced = await page.evaluate(timeStateChange, { kind: 'trace' as const, a: from, b: to });
    traceMs = traced.ms;
    traceBlockMs = await blockedDuring(traced);
    result.trace ??= await page.evaluate(
      ([a, b]) => {
        const traced = window.cablegraph?.state.traceResult.value;
        return {
          from: a,
          to: b,
          routes: traced?.routes.length ?? 0,
          direct: traced?.direct?.documents.length ?? 0,
        };
      },
      [from, to] as const,
    );
    await page.evaluate(() => window.cablegraph?.state.closeTrace());
    await page.waitForTimeout(300);
    await frames(page);
    lap('trace');
    result.filter ??= await page.evaluate(middleThird);
    const { start, end } = result.filter;
    const filtered = await page.evaluate(timeStateChange, {
      kind: 'filter' as const,
      a: start,
      b: end,
    });
    filterMs = filtered.ms;
    filterBlockMs = await blockedDuring(filtered);
    lap('filter');
    // Play: a month window where the filter began, then one step on, as play makes it.
    await page.evaluate(
      (month) => {
        const app = window.cablegraph;
        if (!app) return;
        app.state.windowWidth.value = 'month';
        app.state.setFilter({ start: month, end: month, includeUndated: false });
      },
      start.slice(0, 7),
    );
    await page.waitForTimeout(300);
    await frames(page);
    const stepped = await page.evaluate(timeStateChange, { kind: 'step' as const, a: '', b: '' });
    stepMs = stepped.ms;
    stepBlockMs = await blockedDuring(stepped);
    lap('play step');
    mapMs = (await page.evaluate(timeMapDraw)).ms;
    lap('map');
  }
  const tasks = await page.evaluate(() => window.__benchLongTasks ?? []);
  await context.close();
  lap('close');
  return {
    facts,
    sample: {
      firstDrawMs,
      firstFrameMs,
      heapUsedMB: memory.used,
      heapTotalMB: memory.total,
      fps,
      gestureFps: gesture,
      clickMs,
      clickedNode: clicked,
      clickHit,
      filterMs,
      stepMs,
      stepBlockMs,
      traceMs,
      filterBlockMs,
      traceBlockMs,
      mapMs,
      steps,
      longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)),
      longTasksTotalMs: tasks.reduce((sum, [, d]) => sum + d, 0),
      errors: [...watch.errors, ...watch.foreignRequests.map((u) => `foreign request: ${u}`)],
    },
  };
}

/**
 * One pair of loads (explorer, then bare sigma) per target first, so every size has a figure;
 * then further pairs, up to `reps`, for the targets whose first pair would still end before the
 * suite's deadline (seconds since it started): medians of 3 where affordable.
 */
export async function runBrowserBench(
  targets: readonly Target[],
  deadlineSeconds: number,
): Promise<{ results: TargetResult[]; chromium: string }> {
  const server = await serveStatic(RESULTS_DIR);
  const browser = await launchChromium();
  const chromium = browser.version();
  const session = { browser, baseUrl: server.url };
  const results: TargetResult[] = targets.map((target) => ({
    target,
    facts: { busiest: [], clickable: null, nodes: 0, edges: 0, container: { width: 0, height: 0 } },
    filter: null,
    trace: null,
    explorer: [],
    bare: [],
  }));
  const pairSeconds = new Map<TargetResult, number>();
  const pair = async (result: TargetResult): Promise<void> => {
    const { target } = result;
    const started = elapsedSeconds();
    const rep = `${result.explorer.length + 1}/${target.reps}`;
    const ours = await measureLoad(session, 'explorer', result, null);
    result.facts = ours.facts;
    result.explorer.push(ours.sample);
    const s = ours.sample;
    progress(
      `browser ${target.label} explorer ${rep}: first draw ${s.firstDrawMs.toFixed(0)} ms (frame ${s.firstFrameMs.toFixed(0)} ms), ${s.fps.fps.toFixed(1)} fps (dragged ${s.gestureFps.fps.toFixed(1)}), click ${s.clickMs.toFixed(0)} ms${s.clickHit ? '' : ' (missed)'}, filter ${s.filterMs?.toFixed(0)} ms, play step ${s.stepMs?.toFixed(0)} ms, trace ${s.traceMs?.toFixed(0)} ms, heap ${s.heapUsedMB.toFixed(0)} MB`,
    );
    const bare = await measureLoad(session, 'bare', result, ours.facts);
    result.bare.push(bare.sample);
    const b = bare.sample;
    progress(
      `browser ${target.label} bare sigma ${rep}: first draw ${b.firstDrawMs.toFixed(0)} ms (frame ${b.firstFrameMs.toFixed(0)} ms), ${b.fps.fps.toFixed(1)} fps (dragged ${b.gestureFps.fps.toFixed(1)}), click ${b.clickMs.toFixed(0)} ms${b.clickHit ? '' : ' (missed)'}, heap ${b.heapUsedMB.toFixed(0)} MB`,
    );
    if (!pairSeconds.has(result)) pairSeconds.set(result, elapsedSeconds() - started);
  };
  try {
    const smallest = targets[0];
    if (smallest)
      await warmUp(browser, `${server.url}bare-dist/?graph=../${smallest.site}/data/graph.json`);
    for (const result of results) await pair(result);
    for (let round = 1; round < Math.max(...targets.map((t) => t.reps)); round++) {
      for (const result of results) {
        if (result.explorer.length >= result.target.reps) continue;
        const cost = pairSeconds.get(result) ?? Infinity;
        if (elapsedSeconds() + cost > deadlineSeconds) {
          progress(
            `browser ${result.target.label}: no load ${round + 1} (one pair takes ~${cost.toFixed(0)} s; deadline ${deadlineSeconds} s)`,
          );
          continue;
        }
        await pair(result);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { results, chromium };
}
