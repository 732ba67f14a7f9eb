/** Column order from the OneRoster CSV bindings (1.1 and 1.2); headers are case-sensitive. */
export const MANIFEST_COLUMNS = ['propertyName', 'value'] as const;

export const ORGS_COLUMNS = ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'] as const;

export const USERS_COLUMNS_1_1 = [
  'sourcedId',
  'status',
  'dateLastModified',
  'enabledUser',
  'orgSourcedIds',
  'role',
  'username',
  'userIds',
  'givenName',
  'familyName',
  'middleName',
  'identifier',
  'email',
  'sms',
  'phone',
  'agentSourcedIds',
  'grades',
  'password',
] as const;

export const USERS_COLUMNS_1_2 = [
  'sourcedId',
  'status',
  'dateLastModified',
  'enabledUser',
  'username',
  'userIds',
  'givenName',
  'familyName',
  'middleName',
  'identifier',
  'email',
  'sms',
  'phone',
  'agentSourcedIds',
  'grades',
  'password',
  'userMasterIdentifier',
  'resourceSourcedIds',
  'preferredGivenName',
  'preferredMiddleName',
  'preferredFamilyName',
  'primaryOrgSourcedId',
  'pronouns',
] as const;

export const ROLES_COLUMNS_1_2 = [
  'sourcedId',
  'status',
  'dateLastModified',
  'userSourcedId',
  'roleType',
  'role',
  'beginDate',
  'endDate',
  'orgSourcedId',
  'userProfileSourcedId',
] as const;

export const ORG_TYPES = ['district', 'school', 'department', 'local', 'state', 'national'] as const;

/** OneRoster 1.1 role vocabulary (users.csv `role`). */
export const ROLES_1_1 = ['administrator', 'aide', 'guardian', 'parent', 'proctor', 'relative', 'student', 'teacher'] as const;

/**
 * OneRoster 1.2 role vocabulary (roles.csv `role`). 1.2 replaced `administrator` with
 * district/site administrator, but SIS exports still send it, so it is accepted.
 */
export const ROLES_1_2 = [
  'administrator',
  'aide',
  'counselor',
  'districtAdministrator',
  'guardian',
  'parent',
  'principal',
  'proctor',
  'relative',
  'siteAdministrator',
  'student',
  'systemAdministrator',
  'teacher',
] as const;
