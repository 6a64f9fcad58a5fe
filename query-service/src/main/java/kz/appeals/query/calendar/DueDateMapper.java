package kz.appeals.query.calendar;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import kz.appeals.clock.DueDate;

@Mapper(componentModel = "spring")
interface DueDateMapper {

    @Mapping(target = "kind", source = "rule")
    @Mapping(target = "reviewStartsOn", source = "startsOn")
    DueDateResponse toResponse(DueDate dueDate);
}
