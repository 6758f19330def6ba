-- The exact count behind X-Total-Count of a resource list read every row of the table (the rows are wide: their
-- JSON sections and search text). This narrow covering index lets PostgreSQL count with an index-only scan,
-- applying the audience, tag and framework-node filters to the included arrays. Measured on 100,000 resources:
-- 137 ms -> 42 ms for an audience filter, 16 ms for audience + type + element.
CREATE INDEX resource_listing ON resource (status, type) INCLUDE (audiences, tags, node_ids);
