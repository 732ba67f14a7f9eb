import { DistrictFixture } from '../district-factory';
import { GraphQLClient, GraphQLResponse } from '../graphql-client';

/**
 * Every query and mutation x every kind of caller. "Allowed" calls must succeed and return only
 * data the caller may see; denied calls must fail with the expected code and return no data.
 * Targets (ids) always belong to teacher A / school A of district 1.
 */
export type Actor =
  'anonymous' | 'teacher' | 'teacherOtherSchool' | 'principal' | 'principalOtherSchool' | 'hr' | 'hrOtherDistrict' | 'assessor';
export const ACTORS: Actor[] = [
  'anonymous',
  'teacher',
  'teacherOtherSchool',
  'principal',
  'principalOtherSchool',
  'hr',
  'hrOtherDistrict',
  'assessor',
];

export type Expectation = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

export interface MatrixOperation {
  name: string;
  run(client: GraphQLClient, world: World): Promise<GraphQLResponse>;
  expect: Record<Actor, Expectation>;
  /** Signs in afresh for this operation (it changes or ends the session). */
  freshSession?: boolean;
  /** For allowed calls: what the data must (not) contain. */
  check?(response: GraphQLResponse, actor: Actor, world: World): void;
}

export interface World {
  d1: DistrictFixture;
  d2: DistrictFixture;
}

export const EVERYONE_SIGNED_IN: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'allowed',
  teacherOtherSchool: 'allowed',
  principal: 'allowed',
  principalOtherSchool: 'allowed',
  hr: 'allowed',
  hrOtherDistrict: 'allowed',
  assessor: 'allowed',
};

/** Only HR admins (of any district, each seeing only their own). */
export const HR_ONLY: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'FORBIDDEN',
  teacherOtherSchool: 'FORBIDDEN',
  principal: 'FORBIDDEN',
  principalOtherSchool: 'FORBIDDEN',
  hr: 'allowed',
  hrOtherDistrict: 'allowed',
  assessor: 'FORBIDDEN',
};

/** The district's own staff, every role but assessors (who see only the portfolios assigned to them). */
export const EVERY_STAFF_MEMBER: Record<Actor, Expectation> = { ...EVERYONE_SIGNED_IN, assessor: 'FORBIDDEN' };
