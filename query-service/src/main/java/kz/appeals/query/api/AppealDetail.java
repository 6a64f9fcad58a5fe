package kz.appeals.query.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The appeal with every running and past deadline and the delivery record. */
public record AppealDetail(@JsonUnwrapped AppealView appeal, List<DeadlineView> deadlines,
                           List<DeliveryView> deliveries) {
}
