"""Use cases: each public function is one transaction and returns plain domain objects, never ORM rows."""
