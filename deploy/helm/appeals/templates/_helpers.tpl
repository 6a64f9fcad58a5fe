{{- define "appeals.labels" -}}
app.kubernetes.io/part-of: appeals
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}
