-- An agent's own policy, as the validated YAML it was created with; null for a built-in policy.
alter table agents add column policy_yaml text;
