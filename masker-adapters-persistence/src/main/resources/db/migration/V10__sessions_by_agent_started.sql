-- The agent list counts each agent's sessions of the last 24 hours (session_count_24h) in one
-- grouped query per page: one range scan of this index per agent.
create index sessions_by_agent_started on sessions (agent_id, started_at);
