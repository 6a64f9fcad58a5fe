package kz.appeals.command.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Read the appeal's current record inside the running transaction, changing nothing: used where one request acts on
 * two appeals (a complaint decision that sends the challenged appeal's case back, art. 100(2)).
 */
public record DescribeAppeal(@TargetAggregateIdentifier String appealId) {
}
