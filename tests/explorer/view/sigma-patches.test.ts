// The sigma patches (src/explorer/view/sigma-patches.ts) against the sigma that is installed: this fails when an
// upgrade changes what they rely on, so that each patch is re-examined (or dropped) before the upgrade lands.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  missingSigmaInternals,
  PATCHED_SIGMA_VERSION,
  pickEdgeAt,
  repointDragManager,
  repointEdgeGroups,
  resumeDrawing,
  setEdgePassSkipped,
  suspendDrawing,
} from '../../../src/explorer/view/sigma-patches';

const require = createRequire(import.meta.url);
const sigmaDir = dirname(require.resolve('sigma/package.json'));
const sigmaSource = readFileSync(join(sigmaDir, 'dist', 'sigma.esm.js'), 'utf8');

/** The body of one method of sigma's compiled class (`key: "name", value: function name(…) { … }`). */
function methodBody(name: string): string {
  const start = sigmaSource.indexOf(`key: "${name}",`);
  expect(start, `sigma has no method ${name}`).toBeGreaterThan(-1);
  const next = sigmaSource.indexOf('key: "', start + 6);
  return sigmaSource.slice(start, next);
}

describe('the pinned sigma', () => {
  it('is the version the patches were written for, pinned exactly in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const installed = JSON.parse(readFileSync(join(sigmaDir, 'package.json'), 'utf8')) as { version: string };
    expect(pkg.dependencies.sigma).toBe(PATCHED_SIGMA_VERSION);
    expect(installed.version).toBe(PATCHED_SIGMA_VERSION);
  });

  it('patch 1: still keeps its parallel-edge index on the constructor graph, and setGraph still leaves it there', () => {
    expect(sigmaSource).toContain('this.edgeGroups = new EdgeGroupIndex(graph');
    expect(sigmaSource).toMatch(/function EdgeGroupIndex\(graph,[\s\S]{0,300}this\.graph = graph;/);
    expect(sigmaSource).toContain('return groupKey(this.graph.source(edge), this.graph.target(edge));');
    // Once setGraph repoints the index itself, repointEdgeGroups is no longer needed.
    expect(methodBody('setGraph')).not.toContain('edgeGroups');
  });

  it('patch 4: still makes its node-drag manager once for the constructor graph, and setGraph still leaves it there', () => {
    expect(sigmaSource).toMatch(/function DragManager\(graph,[\s\S]{0,300}this\.graph = graph;/);
    expect(sigmaSource).toContain('dragManager: dragManager,');
    expect(methodBody('setGraph')).not.toContain('dragManager');
  });

  it('patch 2: still draws through the prototype methods render and scheduleRender', () => {
    expect(methodBody('render')).toContain('function render()');
    expect(methodBody('scheduleRender')).toContain('function scheduleRender(');
    expect(sigmaSource).toContain('return _this.scheduleRender();');
  });

  it('patch 3: still draws edges through edgeProgram.render and edgeFramePass.run inside render', () => {
    const render = methodBody('render');
    expect(render).toContain('this.edgeProgram.render(');
    expect(render).toContain('this.edgeFramePass.run(');
    expect(sigmaSource).toContain('this.edgeProgram = edgeProgram;');
    expect(sigmaSource).toContain('this.edgeFramePass = edgeFramePass;');
  });

  it('patch 5: still decides the edge picking pass per frame from the live settings, and gives edges picking ids', () => {
    expect(methodBody('render')).toContain('KIND_REGISTRY.edge.writesPickingThisFrame(this.internals)');
    expect(sigmaSource).toMatch(
      /writesPickingThisFrame: function writesPickingThisFrame\(internals\) \{\s*return !!internals\.settings\.enableEdgeEvents;/,
    );
    expect(sigmaSource).toContain('registerItem(this.pickingState, "edge", edge);');
    expect(methodBody('getHitAtPosition')).toContain('this.pickingState.lookup[index]');
  });
});

/** An object shaped like a sigma instance where the patches reach: methods on the prototype, programs as members. */
function fakeSigma() {
  class FakeProgram {
    render(): string {
      return 'edges drawn';
    }
    run(): string {
      return 'frame pass run';
    }
  }
  class FakeSigma {
    edgeGroups = { graph: 'first graph' as unknown };
    internals = {
      dragManager: { graph: 'first graph' as unknown },
      settings: { enableEdgeEvents: false } as Record<string, unknown>,
    };
    /** What the fake's last render saw of the edge-events setting, and the hit its picking buffer holds. */
    renderedWithEdgeEvents: unknown = null;
    hit: { kind: string; key: string } | null = null;
    edgeProgram = new FakeProgram() as unknown as Record<string, unknown>;
    edgeFramePass = new FakeProgram() as unknown as Record<string, unknown>;
    render(): string {
      this.renderedWithEdgeEvents = this.internals.settings.enableEdgeEvents;
      return 'drawn';
    }
    getHitAtPosition(): { kind: string; key: string } | null {
      return this.hit;
    }
    scheduleRender(): string {
      return 'scheduled';
    }
  }
  return new FakeSigma();
}

describe('the patches', () => {
  it('repointEdgeGroups points the parallel-edge index at the new graph', () => {
    const sigma = fakeSigma();
    repointEdgeGroups(sigma, 'second graph');
    expect(sigma.edgeGroups.graph).toBe('second graph');
  });

  it('repointDragManager points the node-drag manager at the new graph', () => {
    const sigma = fakeSigma();
    repointDragManager(sigma, 'second graph');
    expect(sigma.internals.dragManager.graph).toBe('second graph');
  });

  it('suspendDrawing makes render and scheduleRender no-ops; resumeDrawing brings sigma’s methods back', () => {
    const sigma = fakeSigma();
    suspendDrawing(sigma);
    expect(sigma.render()).toBe(sigma);
    expect(sigma.scheduleRender()).toBe(sigma);
    resumeDrawing(sigma);
    expect(sigma.render()).toBe('drawn');
    expect(sigma.scheduleRender()).toBe('scheduled');
    expect(Object.keys(sigma)).not.toContain('render');
  });

  it('pickEdgeAt renders once with edge picking on, turns it off again, and returns only an edge hit', () => {
    const sigma = fakeSigma();
    sigma.hit = { kind: 'edge', key: 'e1' };
    expect(pickEdgeAt(sigma, { x: 1, y: 2 })).toBe('e1');
    expect(sigma.renderedWithEdgeEvents).toBe(true);
    expect(sigma.internals.settings.enableEdgeEvents).toBe(false);
    sigma.hit = { kind: 'node', key: 'n1' };
    expect(pickEdgeAt(sigma, { x: 1, y: 2 })).toBeNull();
    sigma.hit = null;
    expect(pickEdgeAt(sigma, { x: 1, y: 2 })).toBeNull();
  });

  it('setEdgePassSkipped skips and restores the edge program and frame pass', () => {
    const sigma = fakeSigma();
    const call = (part: Record<string, unknown>, method: string) => (part[method] as () => unknown).call(part);
    setEdgePassSkipped(sigma, true);
    expect([call(sigma.edgeProgram, 'render'), call(sigma.edgeFramePass, 'run')]).toEqual([undefined, undefined]);
    setEdgePassSkipped(sigma, false);
    expect([call(sigma.edgeProgram, 'render'), call(sigma.edgeFramePass, 'run')]).toEqual([
      'edges drawn',
      'frame pass run',
    ]);
  });

  it('missingSigmaInternals names what a renderer lacks', () => {
    expect(missingSigmaInternals(fakeSigma())).toEqual([]);
    expect(missingSigmaInternals({ render() {} })).toEqual([
      'edgeGroups.graph',
      'scheduleRender',
      'edgeProgram.render',
      'edgeFramePass.run',
      'internals.dragManager.graph',
      'getHitAtPosition',
      'internals.settings.enableEdgeEvents',
    ]);
  });
});
