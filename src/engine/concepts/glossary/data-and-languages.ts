import type { ConceptDef, RelationDef } from "./concept-types";

/** The databases a deployment runs beside, and the languages its scripts and services are written in. */
export const DATA_AND_LANGUAGE_CONCEPTS: readonly ConceptDef[] = [
  { id: "mysql", name: "MySQL", category: "database", ko: ["마이에스큐엘"] },
  { id: "postgresql", name: "PostgreSQL", category: "database", en: ["postgres", "psql"], ko: ["포스트그레스", "포스트그레SQL"] },
  { id: "mariadb", name: "MariaDB", category: "database", ko: ["마리아DB", "마리아디비"] },
  { id: "redis", name: "Redis", category: "database", ko: ["레디스"] },
  { id: "mongodb", name: "MongoDB", category: "database", ko: ["몽고DB", "몽고디비"] },
  // `python3`, `node 18`: a version after the name is still the language.
  { id: "python", name: "Python", category: "language", ko: ["파이썬"] },
  { id: "nodejs", name: "Node.js", category: "language", en: ["nodejs", "node js"], ko: ["노드js", "노드 제이에스"] },
  // Message brokers a deployment runs beside the databases.
  { id: "kafka", name: "Apache Kafka", category: "database", domains: ["database", "data"], en: ["kafka"], ko: ["카프카", "아파치 카프카"] },
  // A column store for logs and events that clusters run beside their services.
  { id: "clickhouse", name: "ClickHouse", category: "database", ko: ["클릭하우스"] },
  { id: "rabbitmq", name: "RabbitMQ", category: "database", en: ["rabbit mq"], ko: ["래빗MQ", "래빗엠큐"] },
  { id: "powershell", name: "PowerShell", category: "language", en: ["pwsh"], ko: ["파워셸", "파워쉘"] },
];

export const DATA_AND_LANGUAGE_RELATIONS: readonly RelationDef[] = [
  ["mariadb", "alternative-to", "mysql"],
  ["postgresql", "alternative-to", "mysql"],
  ["mongodb", "alternative-to", "postgresql"],
  ["ansible", "uses", "python"],
  ["rabbitmq", "alternative-to", "kafka"],
  ["clickhouse", "alternative-to", "bigquery"],
  ["powershell", "alternative-to", "bash"],
];
