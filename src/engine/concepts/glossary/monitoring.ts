import type { ConceptDef, RelationDef } from "./concept-types";

/** Monitoring: metrics, logs, traces and the practices that tie them together. */
export const MONITORING_CONCEPTS: readonly ConceptDef[] = [
  { id: "observability", name: "Observability", category: "monitoring", en: ["o11y"], ko: ["관측성", "옵저버빌리티", "관찰 가능성"] },
  { id: "distributed-tracing", name: "Distributed tracing", category: "monitoring", ko: ["분산 추적", "분산 트레이싱"] },
  { id: "log-aggregation", name: "Log aggregation", category: "monitoring", en: ["centralized logging", "log collection"], ko: ["로그 수집"] },
  { id: "prometheus", name: "Prometheus", category: "monitoring", en: ["promql", "node exporter", "node_exporter"], ko: ["프로메테우스"] },
  { id: "alertmanager", name: "Alertmanager", category: "monitoring", en: ["alert manager"] },
  { id: "grafana", name: "Grafana", category: "monitoring", ko: ["그라파나"] },
  { id: "loki", name: "Grafana Loki", category: "monitoring", en: ["loki"] },
  // A search cluster of its own: its nodes and master node are no Kubernetes node (context-cues.ts).
  { id: "elasticsearch", name: "Elasticsearch", category: "monitoring", domains: ["monitoring", "compute-cluster"], en: ["elastic search"], ko: ["엘라스틱 서치"] },
  // In capitals only: `elk` is Dutch for "each", and an animal.
  { id: "elk-stack", name: "ELK stack", category: "monitoring", en: ["elastic stack"], exact: ["ELK"], ko: ["엘크 스택"] },
  { id: "kibana", name: "Kibana", category: "monitoring", ko: ["키바나"] },
  { id: "logstash", name: "Logstash", category: "monitoring", ko: ["로그스태시"] },
  { id: "fluentd", name: "Fluentd", category: "monitoring", ko: ["플루언트디"] },
  // Fluentd's lighter sibling, the usual log shipper on Kubernetes nodes: notes compare the two.
  { id: "fluent-bit", name: "Fluent Bit", category: "monitoring", en: ["fluentbit"], ko: ["플루언트 비트"] },
  { id: "jaeger", name: "Jaeger", category: "monitoring" },
  { id: "opentelemetry", name: "OpenTelemetry", category: "monitoring", en: ["otel", "open telemetry"], ko: ["오픈텔레메트리"] },
  { id: "datadog", name: "Datadog", category: "monitoring", ko: ["데이터독"] },
];

export const MONITORING_RELATIONS: readonly RelationDef[] = [
  ["grafana", "uses", "prometheus"],
  ["grafana", "uses", "loki"],
  ["alertmanager", "part-of", "prometheus"],
  ["datadog", "alternative-to", "prometheus"],
  ["elasticsearch", "part-of", "elk-stack"],
  ["logstash", "part-of", "elk-stack"],
  ["kibana", "part-of", "elk-stack"],
  ["kibana", "uses", "elasticsearch"],
  ["fluentd", "alternative-to", "logstash"],
  ["fluent-bit", "alternative-to", "fluentd"],
  ["elk-stack", "kind-of", "log-aggregation"],
  ["loki", "kind-of", "log-aggregation"],
  ["loki", "alternative-to", "elasticsearch"],
  ["jaeger", "kind-of", "distributed-tracing"],
  ["jaeger", "uses", "opentelemetry"],
  ["distributed-tracing", "part-of", "observability"],
  ["log-aggregation", "part-of", "observability"],
];
