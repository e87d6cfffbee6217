import { describe, expect, it } from 'vitest';
import { milestonesOf, type MilestoneFeature } from '../../src/lib/milestones.ts';

type Status = 'supported' | 'removed' | 'not-supported' | 'unknown';

const FEATURES: MilestoneFeature<Status>[] = [
  {
    id: 'pvh',
    label: 'PVH guest',
    spans: [
      { until: '11.4', status: 'unknown' },
      { from: '12.0', status: 'supported' },
    ],
  },
  {
    id: 'pv',
    label: 'PV guest',
    spans: [
      { from: '8.0', until: '10.4', status: 'supported' },
      { from: '11.0', status: 'removed' },
    ],
  },
  { id: 'uefi', label: 'UEFI Dom0', spans: [{ from: '14.0', status: 'unknown' }] },
];

describe('milestones of a release in the support matrix', () => {
  it.each([
    ['12.0', [{ id: 'pvh', label: 'PVH guest', status: 'supported' }]],
    ['11.0', [{ id: 'pv', label: 'PV guest', status: 'removed' }]],
    ['8.0', [{ id: 'pv', label: 'PV guest', status: 'supported' }]],
    ['14.0', []],
    ['10.4', []],
    ['13.0', []],
  ] as const)('release %s starts %j', (release, expected) => {
    expect(milestonesOf(FEATURES, release)).toEqual(expected);
  });

  it('lists every feature that starts a run at the same release, in matrix order', () => {
    const both: MilestoneFeature<Status>[] = [
      { id: 'a', label: 'A', spans: [{ from: '12.0', status: 'supported' }] },
      { id: 'b', label: 'B', spans: [{ from: '12.0', status: 'not-supported' }] },
    ];
    expect(milestonesOf(both, '12.0').map((milestone) => milestone.id)).toEqual(['a', 'b']);
  });
});
